/** Profile "demo" only: sample users for trying ITSM Flow out. */
package org.itsmflow.demo;
