package org.itsmflow.release;

/** A change a release delivers, and how it stands. */
public record BundledChange(String number, String title, String status, String outcome) {}
