package io.flexprice.ports.in.subscription;

import io.flexprice.domain.subscription.AddonAssociation;
import io.flexprice.domain.subscription.CancellationType;
import io.flexprice.domain.subscription.ChangeTiming;
import io.flexprice.domain.subscription.ChangeType;
import io.flexprice.domain.subscription.ChargeLine;
import io.flexprice.domain.subscription.ResumeMode;
import io.flexprice.domain.subscription.Subscription;
import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.domain.subscription.SubscriptionLineItem;
import io.flexprice.domain.subscription.SubscriptionLineItemId;
import io.flexprice.domain.subscription.SubscriptionPause;
import io.flexprice.ports.in.tenancy.Caller;
import java.time.Instant;
import java.util.List;

/**
 * The life of a subscription. Every method acts on the subscription as it stands now (advanced to the clock's
 * instant) and stores the result atomically; a rejected request changes nothing. Missing subscriptions and
 * line items are {@code subscription.not_found} / {@code subscription.line_item_not_found}; a change its
 * status does not allow is a 409 {@code subscription.invalid_state}.
 */
public interface ManageSubscriptionsUseCase {

    /**
     * Creates the subscription from the plan's prices at its start. The charges of its first invoice are
     * {@link io.flexprice.domain.subscription.SubscriptionCharges#atCreation}.
     */
    Subscription create(Caller caller, CreateSubscriptionCommand command);

    Subscription update(Caller caller, SubscriptionId id, UpdateSubscriptionCommand command);

    Cancellation cancel(Caller caller, SubscriptionId id, CancelSubscriptionCommand command);

    Subscription activate(Caller caller, SubscriptionId id, Instant startDate);

    /** The pause created (or, on a dry run, the pause that would be). */
    PauseChange pause(Caller caller, SubscriptionId id, PauseSubscriptionCommand command);

    /** The pause ended; {@code dryRun} stores nothing. */
    PauseChange resume(Caller caller, SubscriptionId id, ResumeMode mode, boolean dryRun);

    LineItemChange addLineItem(Caller caller, SubscriptionId id, LineItemCommand command);

    /** Ends the line at {@code command.effectiveFrom()} and returns the line that replaces it. */
    LineItemChange updateLineItem(Caller caller, SubscriptionLineItemId lineId, LineItemCommand command);

    /** Ends the line at {@code effectiveFrom} (null: now) and returns it as ended. */
    LineItemChange deleteLineItem(Caller caller, SubscriptionLineItemId lineId, Instant effectiveFrom);

    /** What the change would do and charge; stores nothing. */
    PlanChange previewChange(Caller caller, SubscriptionId id, ChangePlanCommand command);

    PlanChange executeChange(Caller caller, SubscriptionId id, ChangePlanCommand command);

    /**
     * Adds an addon (FlexPrice's {@code POST /subscriptions/addon}): one ADDON line item per price of the addon in
     * effect now that the subscription can bill (its currency and billing period; one-time prices always), from
     * {@code command.startDate()} (null or past: now). A {@code onetime} addon cannot be added while an association
     * of it runs ({@code subscription.addon_already_added}, 409); a {@code multiple_instance} addon can, each time
     * as a new association. The charges are the re-pricing of the current period
     * ({@link io.flexprice.domain.subscription.SubscriptionCharges#reprice}) plus the one-time ADVANCE charges
     * of lines starting in it.
     */
    AddonChange addAddon(Caller caller, AddAddonCommand command);

    /**
     * Ends every running line of the association now ({@code subscription.addon_association_not_found}, 404, when
     * there is no such association or it has ended); its charges are the period's re-pricing.
     */
    AddonChange removeAddon(Caller caller, String associationId, String reason);

    /**
     * A pause created or ended, the subscription it belongs to, and the re-pricing of the current period's ADVANCE
     * charges it makes ({@link io.flexprice.domain.subscription.SubscriptionCharges#reprice}; empty on a dry run).
     */
    record PauseChange(Subscription subscription, SubscriptionPause pause, List<ChargeLine> charges) {

        public PauseChange {
            charges = List.copyOf(charges);
        }

        public PauseChange(Subscription subscription, SubscriptionPause pause) {
            this(subscription, pause, List.of());
        }
    }

    /** An addon added or removed: the subscription before and after, the association, and what it charges now. */
    record AddonChange(Subscription before, Subscription after, AddonAssociation association,
                       List<ChargeLine> charges) {

        public AddonChange {
            charges = List.copyOf(charges);
        }
    }

    /** A line item added, replaced (the new line) or ended, and the subscription it belongs to. */
    /**
     * A line item as a change left it. {@code removed}: a delete at or before the line's start took the line off
     * the subscription altogether (it never comes into force); {@code line} is the line as it was.
     */
    record LineItemChange(Subscription subscription, SubscriptionLineItem line, boolean removed) {

        public LineItemChange(Subscription subscription, SubscriptionLineItem line) {
            this(subscription, line, false);
        }
    }

    /** An immediate or scheduled cancellation and what an immediate one settles. */
    record Cancellation(Subscription subscription, CancellationType type, Instant effectiveDate,
                        List<ChargeLine> charges) {

        public Cancellation {
            charges = List.copyOf(charges);
        }
    }

    /**
     * A plan change: the subscription before and after, when it takes effect, and what it settles now
     * ({@link io.flexprice.domain.subscription.SubscriptionCharges#planChange}).
     */
    record PlanChange(Subscription before, Subscription after, ChangeType type, ChangeTiming timing,
                      Instant effectiveDate, List<ChargeLine> charges) {

        public PlanChange {
            charges = List.copyOf(charges);
        }
    }
}
