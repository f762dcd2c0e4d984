/** Tasklist set-up for staff: shared filters per role group and the variables lists show. */
package org.itsmflow.tasklist;
