/**
 * The staff workspace's shared parts: the sign-in page, the layout, the viewer's time zone and
 * the way a page shows a refused action. Each process package serves the pages of its own
 * records ({@link org.itsmflow.workspace.WorkspacePage}).
 */
package org.itsmflow.workspace;
