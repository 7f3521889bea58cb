package io.flexprice.ports.out.common;

/** New entity ids: {@code prefix_} followed by a ULID, so ids sort by creation time. */
public interface IdGenerator {

    String newId(String prefix);
}
