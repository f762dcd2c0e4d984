package org.itsmflow.platform;

import java.util.Locale;

/** Sizes of files as people read them. */
public final class DataSizes {

  private static final long KB = 1024;
  private static final long MB = 1024 * KB;

  private DataSizes() {}

  /** 1.5 MB, 20 MB, 812 KB, 97 bytes. */
  public static String readable(long bytes) {
    if (bytes >= MB) {
      return oneDecimal(bytes / (double) MB) + " MB";
    }
    if (bytes >= KB) {
      return oneDecimal(bytes / (double) KB) + " KB";
    }
    return bytes + (bytes == 1 ? " byte" : " bytes");
  }

  private static String oneDecimal(double value) {
    String shown = String.format(Locale.ROOT, "%.1f", value);
    return shown.endsWith(".0") ? shown.substring(0, shown.length() - 2) : shown;
  }
}
