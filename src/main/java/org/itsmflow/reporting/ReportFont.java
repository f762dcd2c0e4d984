package org.itsmflow.reporting;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.itsmflow.platform.InvalidConfigurationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The font of the PDF reports, embedded (a subset) with Unicode encoding, so that a service
 * owner's comment in Greek or Polish shows as written: by default Liberation Sans (Latin, Greek,
 * Cyrillic), or the TrueType/OpenType file ITSM_REPORT_FONT names (a CJK font for Chinese).
 * Bold is drawn by stroking the regular face.
 */
@Component
public class ReportFont {

  private static final String BUILT_IN = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

  private final BaseFont base;

  public ReportFont(@Value("${itsm.reports.font:}") String file) {
    this.base = load(file == null || file.isBlank() ? null : Path.of(file.trim()));
  }

  private static BaseFont load(Path file) {
    try {
      byte[] bytes;
      String name;
      if (file == null) {
        try (InputStream in = ReportFont.class.getResourceAsStream(BUILT_IN)) {
          if (in == null) {
            throw new IllegalStateException("the built-in report font " + BUILT_IN + " is missing from the class path");
          }
          bytes = in.readAllBytes();
        }
        name = "LiberationSans-Regular.ttf";
      } else {
        bytes = Files.readAllBytes(file);
        name = file.getFileName().toString();
      }
      return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
    } catch (IOException | RuntimeException e) {
      throw new InvalidConfigurationException("ITSM_REPORT_FONT '" + file + "' is not a font the reports can use ("
          + e.getMessage() + ")", "Set ITSM_REPORT_FONT to a TrueType (.ttf) or OpenType (.otf) file readable by the "
          + "server, or leave it empty for the built-in font.");
    }
  }

  public Font regular(float size) {
    return new Font(base, size, Font.NORMAL);
  }

  public Font bold(float size) {
    return new Font(base, size, Font.BOLD);
  }

  BaseFont base() {
    return base;
  }
}
