package io.flexprice.adapters.archfixtureb;

/** The adapter {@code AdapterAFixture} must not know. */
public class AdapterBFixture {

    public java.util.Date when = new java.util.Date(0);
}
