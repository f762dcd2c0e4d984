/**
 * Bean Validation constraints for the request types of our APIs ({@code @Valid @RequestBody}):
 * each says what is wrong in the same words as {@link org.itsmflow.platform.Fields}, and the
 * API answers 400 naming the field (ApiExceptionHandler).
 */
package org.itsmflow.platform.validation;
