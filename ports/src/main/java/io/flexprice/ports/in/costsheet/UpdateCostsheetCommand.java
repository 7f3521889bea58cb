package io.flexprice.ports.in.costsheet;

import java.util.Map;

/** FlexPrice's costsheet update: the fields given change, null keeps the current value. */
public record UpdateCostsheetCommand(String name, String description, Map<String, String> metadata) {
}
