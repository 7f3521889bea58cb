package io.flexprice.sdk.archfixture;

import io.flexprice.domain.archfixture.BadDomainFixture;

/** The SDK must not depend on the server's modules; neither may a *Resource or *Row live here. */
public class SdkFixture {

    public BadDomainFixture leaked;

    public static class WidgetResource {
    }

    public static class WidgetRow {
    }
}
