package io.flexprice.ports.in.addon;

import java.util.Map;

/** A partial update: null fields keep their current value. The lookup key and type never change. */
public record UpdateAddonCommand(String name, String description, Map<String, String> metadata) {
}
