package io.flexprice.ports.in.pricing;

import io.flexprice.domain.pricing.ListedPrice;
import io.flexprice.domain.pricing.PriceId;
import io.flexprice.ports.in.tenancy.Caller;
import java.util.List;

public interface ManagePricesUseCase {

    ListedPrice create(Caller caller, CreatePriceCommand command);

    /** Creates every price or none; violations are reported for all of them at once ({@code items[i].}). */
    List<ListedPrice> createAll(Caller caller, List<CreatePriceCommand> commands);

    ListedPrice update(Caller caller, PriceId id, UpdatePriceCommand command);

    /** Soft delete: the price disappears from reads and its lookup key becomes free. */
    void delete(Caller caller, PriceId id);
}
