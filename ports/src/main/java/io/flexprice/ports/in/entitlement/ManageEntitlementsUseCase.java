package io.flexprice.ports.in.entitlement;

import io.flexprice.domain.entitlement.Entitlement;
import io.flexprice.domain.entitlement.EntitlementId;
import io.flexprice.domain.subscription.Subscription;
import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.ports.in.subscription.CreateSubscriptionCommand;
import io.flexprice.ports.in.tenancy.Caller;
import java.util.List;

public interface ManageEntitlementsUseCase {

    /**
     * Creates an entitlement of a live plan, addon or subscription for a live feature of the type given.
     *
     * @throws io.flexprice.domain.common.NotFoundException if the entity, the feature or the parent is missing
     * @throws io.flexprice.domain.common.ConflictException if the entity already has a live entitlement of the
     *     feature
     */
    Entitlement create(Caller caller, CreateEntitlementCommand command);

    /** Creates every entitlement or none; violations are reported as {@code items[i].field}. */
    List<Entitlement> createAll(Caller caller, List<CreateEntitlementCommand> commands);

    Entitlement update(Caller caller, EntitlementId id, UpdateEntitlementCommand command);

    /** Soft delete. Overrides made of it stay, as the subscription's own grants. */
    void delete(Caller caller, EntitlementId id);

    /**
     * Stores FlexPrice's {@code override_entitlements} for a subscription: each names an entitlement of the
     * subscription's plan (or of one of its addons) and becomes a SUBSCRIPTION entitlement replacing it there.
     * All or none; violations are reported as {@code override_entitlements[i].field}.
     */
    List<Entitlement> override(Caller caller, SubscriptionId subscriptionId, List<OverrideEntitlementCommand> overrides);

    /**
     * Creates a subscription together with its entitlement overrides, in one unit of work: a rejected override
     * leaves no subscription behind.
     */
    Subscription subscribe(Caller caller, CreateSubscriptionCommand subscription,
                           List<OverrideEntitlementCommand> overrides);
}
