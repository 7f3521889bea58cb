package io.flexprice.ports.in.pricing;

import io.flexprice.domain.pricing.ListedPrice;
import io.flexprice.domain.pricing.PriceId;
import io.flexprice.ports.in.tenancy.Caller;
import java.time.Instant;
import java.util.List;

public interface ManagePricesUseCase {

    ListedPrice create(Caller caller, CreatePriceCommand command);

    /** Creates every price or none; violations are reported for all of them at once ({@code items[i].}). */
    List<ListedPrice> createAll(Caller caller, List<CreatePriceCommand> commands);

    /**
     * Changes a price: in place, or, when the terms change, by ending it and starting a new version (see
     * {@link UpdatePriceCommand}), both stored atomically.
     *
     * @return the price as changed in place, or the new version
     */
    ListedPrice update(Caller caller, PriceId id, UpdatePriceCommand command);

    /** Soft delete: the price disappears from reads and its lookup key becomes free. */
    void delete(Caller caller, PriceId id);

    /**
     * FlexPrice's delete with an {@code end_date}: the price ends at {@code endDate} (not in the past, after its
     * start, before an end it has) and stays readable; listings leave it out from then on unless they ask for
     * ended prices. No new version follows it.
     *
     * @return the price as it now ends
     */
    ListedPrice endAt(Caller caller, PriceId id, Instant endDate);
}
