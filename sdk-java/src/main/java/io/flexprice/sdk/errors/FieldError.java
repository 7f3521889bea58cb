package io.flexprice.sdk.errors;

/**
 * One invalid field of a rejected request, named by its JSON path ({@code events[2].timestamp}).
 *
 * @param field   the JSON path of the field
 * @param message what is wrong with it
 */
public record FieldError(String field, String message) {
}
