package org.itsmflow.workspace;

import java.util.Locale;
import java.util.Map;
import org.itsmflow.platform.DataSizes;
import org.springframework.stereotype.Component;

/**
 * Field names as people read them: "plannedStart" reads "Planned start", "ciIds" reads "CI IDs".
 * Pages use it as {@code ${@labels.of(name)}}.
 */
@Component("labels")
public class Labels {

  private static final Map<String, String> WORDS = Map.of("ci", "CI", "cis", "CIs", "ids", "IDs", "id", "ID",
      "sla", "SLA", "cab", "CAB", "ecab", "ECAB");

  public String of(String name) {
    return label(name);
  }

  /** A file's size as people read it: "30 bytes", "2.5 KB", "20 MB". */
  public String size(long bytes) {
    return DataSizes.readable(bytes);
  }

  public static String label(String name) {
    // A grouping written in kebab case (known-error) reads as words too.
    String[] parts = name.replace('-', ' ').split("(?<=[a-z0-9])(?=[A-Z])");
    StringBuilder label = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      String word = parts[i].toLowerCase(Locale.ROOT);
      word = WORDS.getOrDefault(word, word);
      if (i == 0 && !WORDS.containsValue(word)) {
        word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
      }
      label.append(i == 0 ? "" : " ").append(word);
    }
    return label.toString();
  }
}
