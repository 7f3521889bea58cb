package io.flexprice.ports.in.tax;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.tax.TaxAssociation;
import io.flexprice.domain.tax.TaxAssociationId;
import io.flexprice.domain.tax.TaxEntityType;
import io.flexprice.domain.tax.TaxRate;
import io.flexprice.ports.in.tenancy.Caller;
import java.util.List;
import java.util.Objects;

public interface FindTaxAssociationsQuery {

    /** @throws io.flexprice.domain.common.NotFoundException if there is no live association with this id */
    TaxAssociationView get(Caller caller, TaxAssociationId id);

    /** Matching associations, each with its rate. */
    Page<TaxAssociationView> search(Caller caller, Search search);

    /** An association with the rate it names. */
    record TaxAssociationView(TaxAssociation association, TaxRate rate) {

        public TaxAssociationView {
            Objects.requireNonNull(association, "association");
            Objects.requireNonNull(rate, "rate");
        }
    }

    /**
     * FlexPrice's association filter: {@code externalCustomerId}, when given, names a customer (entity type
     * CUSTOMER, its id), and must agree with {@code entityType} / {@code entityId} if those are given too.
     */
    record Search(TaxEntityType entityType, String entityId, String externalCustomerId, List<String> taxRateIds,
                  Status status, PageRequest page) {

        public Search {
            taxRateIds = taxRateIds == null ? List.of() : List.copyOf(taxRateIds);
            Objects.requireNonNull(page, "page");
        }
    }
}
