package org.itsmflow.workspace;

/**
 * The page a form asks to go back to, only when it is a page of this site: a form could be made
 * to send any address, and a redirect to another site would carry the user there.
 */
public final class OwnPages {

  private OwnPages() {}

  public static boolean isOwn(String path) {
    return path != null && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")
        && path.chars().noneMatch(Character::isISOControl);
  }

  /** The path when it is one of ours, else the workspace's start. */
  public static String orStart(String path) {
    return isOwn(path) ? path : "/";
  }
}
