package org.itsmflow.reporting;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The service report's trend as a bar chart drawn into the PDF (vector, no image library): SLA
 * attainment per month on a 0-100 % axis, the value over each bar, "no targets" where a month had
 * none.
 */
final class TrendChart {

  static final float HEIGHT = 170f;
  private static final float LEFT = 28f;
  private static final float BOTTOM = 28f;
  private static final float TOP = 14f;
  private static final Color BAR = new Color(0x25, 0x63, 0xEB);
  private static final Color GRID = new Color(0xD1, 0xD5, 0xDB);
  private static final Color TEXT = new Color(0x37, 0x41, 0x51);
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.ENGLISH);

  private TrendChart() {}

  static PdfTemplate draw(PdfContentByte canvas, BaseFont font, List<ServiceReport.TrendPoint> trend, float width) {
    PdfTemplate chart = canvas.createTemplate(width, HEIGHT);
    float plotWidth = width - LEFT;
    float plotHeight = HEIGHT - BOTTOM - TOP;
    chart.setLineWidth(0.5f);
    for (int percent = 0; percent <= 100; percent += 25) {
      float y = BOTTOM + plotHeight * percent / 100f;
      chart.setColorStroke(GRID);
      chart.moveTo(LEFT, y);
      chart.lineTo(width, y);
      chart.stroke();
      text(chart, font, 7, PdfContentByte.ALIGN_RIGHT, percent + " %", LEFT - 4, y - 2.5f);
    }
    float slot = plotWidth / Math.max(1, trend.size());
    for (int i = 0; i < trend.size(); i++) {
      ServiceReport.TrendPoint point = trend.get(i);
      float centre = LEFT + slot * i + slot / 2;
      text(chart, font, 7, PdfContentByte.ALIGN_CENTER, MONTH.format(point.month()), centre, BOTTOM - 11);
      if (point.attainment() == null) {
        text(chart, font, 6, PdfContentByte.ALIGN_CENTER, "no targets", centre, BOTTOM + 3);
        continue;
      }
      float barHeight = (float) (plotHeight * Math.max(0, Math.min(100, point.attainment())) / 100);
      chart.setColorFill(BAR);
      chart.rectangle(centre - slot * 0.3f, BOTTOM, slot * 0.6f, barHeight);
      chart.fill();
      text(chart, font, 7, PdfContentByte.ALIGN_CENTER, String.valueOf(point.attainment()), centre,
          BOTTOM + barHeight + 3);
    }
    return chart;
  }

  private static void text(PdfTemplate chart, BaseFont font, float size, int align, String text, float x, float y) {
    chart.beginText();
    chart.setColorFill(TEXT);
    chart.setFontAndSize(font, size);
    chart.showTextAligned(align, text, x, y, 0);
    chart.endText();
  }
}
