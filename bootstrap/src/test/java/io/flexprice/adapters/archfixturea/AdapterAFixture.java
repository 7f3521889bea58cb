package io.flexprice.adapters.archfixturea;

import io.flexprice.adapters.archfixtureb.AdapterBFixture;
import jakarta.inject.Inject;

/** Depends on another adapter and uses field injection and System.out. */
public class AdapterAFixture {

    @Inject
    AdapterBFixture other;

    public void print() {
        System.out.println(other);
    }
}
