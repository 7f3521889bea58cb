package io.flexprice.adapters.storage.postgres.coupon;

import io.flexprice.adapters.storage.postgres.JsonColumns;
import io.flexprice.adapters.storage.postgres.ScopedRow;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.coupon.CouponAssociation;
import io.flexprice.domain.coupon.CouponAssociationId;
import io.flexprice.domain.coupon.CouponId;
import java.time.Instant;

/** A row of {@code coupon_associations}: the metadata as JSON text. */
final class CouponAssociationRow extends ScopedRow {

    private String couponId;
    private String subscriptionId;
    private String subscriptionLineItemId;
    private Instant startDate;
    private Instant endDate;
    private String metadata;

    static CouponAssociationRow from(CouponAssociation association) {
        CouponAssociationRow row = new CouponAssociationRow();
        row.fill(association.id().value(), association.scope(), association.status(), association.audit());
        row.couponId = association.couponId().value();
        row.subscriptionId = association.subscriptionId();
        row.subscriptionLineItemId = association.subscriptionLineItemId();
        row.startDate = association.startDate();
        row.endDate = association.endDate();
        row.metadata = JsonColumns.write(association.metadata().values());
        return row;
    }

    CouponAssociation toDomain() {
        return new CouponAssociation(new CouponAssociationId(id), scope(), new CouponId(couponId), subscriptionId,
                subscriptionLineItemId, startDate, endDate, Metadata.of(JsonColumns.readStringMap(metadata)), status,
                audit());
    }
}
