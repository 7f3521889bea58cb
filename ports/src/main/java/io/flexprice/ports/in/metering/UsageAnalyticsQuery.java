package io.flexprice.ports.in.metering;

import io.flexprice.ports.in.tenancy.Caller;

/** FlexPrice's usage analytics: what a customer used, per feature and window, and what it is charged for it. */
public interface UsageAnalyticsQuery {

    /** @throws io.flexprice.domain.common.NotFoundException ({@code customer.not_found}) */
    UsageAnalytics analyse(Caller caller, UsageAnalyticsRequest request);
}
