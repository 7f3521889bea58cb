package io.flexprice.ports.in.creditgrant;

import io.flexprice.domain.creditgrant.CreditGrant;
import io.flexprice.domain.creditgrant.CreditGrantId;
import io.flexprice.ports.in.tenancy.Caller;

public interface ManageCreditGrantsUseCase {

    /**
     * Creates a published grant; it is applied by {@link ApplyDueCreditGrantsUseCase} on its schedule.
     *
     * @throws io.flexprice.domain.common.NotFoundException ({@code plan.not_found}, {@code subscription.not_found})
     *     if the plan or subscription named is not live
     */
    CreditGrant create(Caller caller, CreateCreditGrantCommand command);

    /** @throws io.flexprice.domain.common.NotFoundException ({@code credit_grant.not_found}) */
    CreditGrant update(Caller caller, CreditGrantId id, UpdateCreditGrantCommand command);

    /** Soft-deletes the grant: nothing more is applied; what was applied stays in the wallets. */
    void delete(Caller caller, CreditGrantId id);
}
