package io.flexprice.ports.testing;

import io.flexprice.ports.out.common.IdGenerator;
import java.util.ArrayList;
import java.util.List;

/** Predictable ids: {@code prefix_0001}, {@code prefix_0002}, ... (one counter for every prefix). */
public final class SequentialIdGenerator implements IdGenerator {

    private final List<String> issued = new ArrayList<>();

    @Override
    public String newId(String prefix) {
        String id = String.format("%s_%04d", prefix, issued.size() + 1);
        issued.add(id);
        return id;
    }

    /** Every id handed out, in order. */
    public List<String> issued() {
        return List.copyOf(issued);
    }
}
