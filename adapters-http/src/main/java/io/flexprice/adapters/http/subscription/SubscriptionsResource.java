package io.flexprice.adapters.http.subscription;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flexprice.adapters.http.common.Callers;
import io.flexprice.adapters.http.common.ListResponse;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.subscription.ResumeMode;
import io.flexprice.domain.subscription.Subscription;
import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.domain.subscription.SubscriptionLineItemId;
import io.flexprice.ports.in.customer.CustomerRef;
import io.flexprice.ports.in.customer.FindCustomersQuery;
import io.flexprice.ports.in.entitlement.ManageEntitlementsUseCase;
import io.flexprice.ports.in.subscription.FindSubscriptionsQuery;
import io.flexprice.ports.in.subscription.LineItemNames;
import io.flexprice.ports.in.subscription.ManageSubscriptionsUseCase;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.subscription.SubscriptionFilter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** FlexPrice's subscription endpoints under {@code /v1/subscriptions} (addons, entitlements and schedules aside). */
@Path("/v1/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
public final class SubscriptionsResource {

    private static final ObjectMapper BODY = new ObjectMapper();

    private final ManageSubscriptionsUseCase manage;
    private final FindSubscriptionsQuery find;
    private final FindCustomersQuery customers;
    private final ManageEntitlementsUseCase entitlements;

    @Inject
    public SubscriptionsResource(ManageSubscriptionsUseCase manage, FindSubscriptionsQuery find,
                                 FindCustomersQuery customers, ManageEntitlementsUseCase entitlements) {
        this.manage = manage;
        this.find = find;
        this.customers = customers;
        this.entitlements = entitlements;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponse(responseCode = "201",
            content = @Content(schema = @Schema(implementation = SubscriptionResponse.class)))
    public Response create(@Context SecurityContext security, CreateSubscriptionRequest request) {
        var command = WireParser.requireBody(request).toCommand();
        var overrides = request.overrides();
        // with override_entitlements, the subscription and its overrides are stored in one unit of work
        Subscription created = overrides.isEmpty() ? manage.create(Callers.of(security), command)
                : entitlements.subscribe(Callers.of(security), command, overrides);
        return Response.status(Response.Status.CREATED).entity(named(Callers.of(security), created)).build();
    }

    @GET
    @Path("/{id}")
    public SubscriptionResponse get(@Context SecurityContext security, @PathParam("id") String id) {
        return named(Callers.of(security), find.get(Callers.of(security), SubscriptionId.of(id)));
    }

    /** {@code dto.SubscriptionResponseV2}: the same shape; {@code expand} is accepted and ignored. */
    @GET
    @Path("/{id}/v2")
    public SubscriptionResponse getV2(@Context SecurityContext security, @PathParam("id") String id,
                                      @QueryParam("expand") String expand) {
        return get(security, id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public SubscriptionResponse update(@Context SecurityContext security, @PathParam("id") String id,
                                       UpdateSubscriptionRequest request) {
        return named(Callers.of(security), manage.update(Callers.of(security), SubscriptionId.of(id),
                WireParser.requireBody(request).toCommand()));
    }

    @POST
    @Path("/search")
    @Consumes(MediaType.APPLICATION_JSON)
    public ListResponse<SubscriptionResponse> search(@Context SecurityContext security,
                                                     SubscriptionSearchRequest request) {
        return searchWith(security, (request == null ? SubscriptionSearchRequest.ALL : request).toSearch());
    }

    @GET
    public ListResponse<SubscriptionResponse> list(@Context SecurityContext security,
                                                   @QueryParam("subscription_ids") List<String> subscriptionIds,
                                                   @QueryParam("customer_id") String customerId,
                                                   @QueryParam("external_customer_id") String externalCustomerId,
                                                   @QueryParam("plan_id") String planId,
                                                   @QueryParam("subscription_status") List<String> statuses,
                                                   @QueryParam("status") String status,
                                                   @QueryParam("limit") String limit,
                                                   @QueryParam("offset") String offset,
                                                   @QueryParam("order") String order,
                                                   @QueryParam("billing_period") List<String> billingPeriods,
                                                   @QueryParam("billing_cadence") List<String> billingCadences,
                                                   @QueryParam("active_at") String activeAt) {
        return searchWith(security, SubscriptionSearchRequest.fromQuery(subscriptionIds, customerId,
                externalCustomerId, planId, statuses, status, limit, offset, order, billingPeriods, billingCadences,
                activeAt));
    }

    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    public CancelSubscriptionResponse cancel(@Context SecurityContext security, @PathParam("id") String id,
                                             CancelSubscriptionRequest request) {
        CancelSubscriptionRequest body = WireParser.requireBody(request);
        var cancellation = manage.cancel(Callers.of(security), SubscriptionId.of(id), body.toCommand());
        return CancelSubscriptionResponse.from(cancellation, body.reason(),
                cancellation.subscription().audit().updatedAt());
    }

    @POST
    @Path("/{id}/activate")
    @Consumes(MediaType.APPLICATION_JSON)
    public SubscriptionResponse activate(@Context SecurityContext security, @PathParam("id") String id,
                                         ActivateSubscriptionRequest request) {
        WireParser wire = new WireParser();
        Instant start = wire.instant(WireParser.requireBody(request).startDate(), "start_date");
        wire.throwIfInvalid();
        return named(Callers.of(security), manage.activate(Callers.of(security), SubscriptionId.of(id), start));
    }

    @POST
    @Path("/{id}/pause")
    @Consumes(MediaType.APPLICATION_JSON)
    public SubscriptionPauseResponse pause(@Context SecurityContext security, @PathParam("id") String id,
                                           PauseSubscriptionRequest request) {
        var change = manage.pause(Callers.of(security), SubscriptionId.of(id),
                WireParser.requireBody(request).toCommand());
        return SubscriptionPauseResponse.from(change.subscription(), change.pause());
    }

    @POST
    @Path("/{id}/resume")
    @Consumes(MediaType.APPLICATION_JSON)
    public SubscriptionPauseResponse resume(@Context SecurityContext security, @PathParam("id") String id,
                                            ResumeSubscriptionRequest request) {
        ResumeSubscriptionRequest body = WireParser.requireBody(request);
        WireParser wire = new WireParser();
        if (body.resumeMode() == null || body.resumeMode().isBlank()) {
            wire.add("resume_mode", "is required");
        }
        ResumeMode mode = SubscriptionWire.wireEnum(wire, "", body.resumeMode(), ResumeMode::fromWire);
        wire.throwIfInvalid();
        var change = manage.resume(Callers.of(security), SubscriptionId.of(id), mode,
                Boolean.TRUE.equals(body.dryRun()));
        return SubscriptionPauseResponse.from(change.subscription(), change.pause());
    }

    /** As FlexPrice's SDK reads it: an array holding one {@code dto.ListSubscriptionPausesResponse}. */
    @GET
    @Path("/{id}/pauses")
    public List<PausesResponse> pauses(@Context SecurityContext security, @PathParam("id") String id) {
        Subscription subscription = find.get(Callers.of(security), SubscriptionId.of(id));
        var items = subscription.pauses().stream().map(p -> SubscriptionPauseResponse.from(subscription, p)).toList();
        return List.of(new PausesResponse(items, items.size()));
    }

    @POST
    @Path("/{id}/lineitems")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponse(responseCode = "201",
            content = @Content(schema = @Schema(implementation = SubscriptionLineItemResponse.class)))
    public Response addLineItem(@Context SecurityContext security, @PathParam("id") String id,
                                LineItemRequest request) {
        var change = manage.addLineItem(Callers.of(security), SubscriptionId.of(id),
                WireParser.requireBody(request).toCommand());
        return Response.status(Response.Status.CREATED)
                .entity(SubscriptionLineItemResponse.from(change.subscription(), change.line(),
                        names(Callers.of(security), change.subscription()))).build();
    }

    @PUT
    @Path("/lineitems/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public SubscriptionLineItemResponse updateLineItem(@Context SecurityContext security, @PathParam("id") String id,
                                                       UpdateLineItemRequest request) {
        var change = manage.updateLineItem(Callers.of(security), SubscriptionLineItemId.of(id),
                WireParser.requireBody(request).toCommand());
        return SubscriptionLineItemResponse.from(change.subscription(), change.line(),
                names(Callers.of(security), change.subscription()));
    }

    /** FlexPrice's {@code dto.DeleteSubscriptionLineItemRequest} in the body, or {@code effective_from} as a query parameter. */
    @DELETE
    @Path("/lineitems/{id}")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schemaProperties = @SchemaProperty(
            name = "effective_from", schema = @Schema(type = "string", format = "date-time"))))
    public SubscriptionLineItemResponse deleteLineItem(@Context SecurityContext security, @PathParam("id") String id,
                                                       @QueryParam("effective_from") String effectiveFrom,
                                                       String body) {
        String from = effectiveFrom;
        if (from == null && body != null && !body.isBlank()) {
            try {
                var parsed = BODY.readTree(body).get("effective_from");
                from = parsed == null || parsed.isNull() ? null : parsed.asText();
            } catch (JsonProcessingException e) {
                throw new ValidationException(ErrorCode.MALFORMED_REQUEST, "body", "must be a JSON object");
            }
        }
        WireParser wire = new WireParser();
        Instant at = wire.instant(from, "effective_from");
        wire.throwIfInvalid();
        var change = manage.deleteLineItem(Callers.of(security), SubscriptionLineItemId.of(id), at);
        LineItemNames names = names(Callers.of(security), change.subscription());
        return change.removed() ? SubscriptionLineItemResponse.removed(change.subscription(), change.line(), names)
                : SubscriptionLineItemResponse.from(change.subscription(), change.line(), names);
    }

    @POST
    @Path("/{id}/change/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    public SubscriptionChangeResponse previewChange(@Context SecurityContext security, @PathParam("id") String id,
                                                    SubscriptionChangeRequest request) {
        return SubscriptionChangeResponse.preview(manage.previewChange(Callers.of(security), SubscriptionId.of(id),
                WireParser.requireBody(request).toCommand()));
    }

    @POST
    @Path("/{id}/change/execute")
    @Consumes(MediaType.APPLICATION_JSON)
    public SubscriptionChangeResponse executeChange(@Context SecurityContext security, @PathParam("id") String id,
                                                    SubscriptionChangeRequest request) {
        return SubscriptionChangeResponse.executed(manage.executeChange(Callers.of(security), SubscriptionId.of(id),
                WireParser.requireBody(request).toCommand()));
    }

    @POST
    @Path("/usage")
    @Consumes(MediaType.APPLICATION_JSON)
    public SubscriptionUsageResponse usage(@Context SecurityContext security, SubscriptionUsageRequest request) {
        SubscriptionUsageRequest body = WireParser.requireBody(request);
        WireParser wire = new WireParser();
        if (body.subscriptionId() == null || body.subscriptionId().isBlank()) {
            wire.add("subscription_id", "is required");
        }
        if (Boolean.TRUE.equals(body.lifetimeUsage())) {
            wire.add("lifetime_usage", "is not supported; give start_time and end_time");
        }
        Instant start = wire.instant(body.startTime(), "start_time");
        Instant end = wire.instant(body.endTime(), "end_time");
        wire.throwIfInvalid();
        return SubscriptionUsageResponse.from(find.usage(Callers.of(security), SubscriptionId.of(body.subscriptionId()),
                start, end));
    }

    private ListResponse<SubscriptionResponse> searchWith(SecurityContext security,
                                                          SubscriptionSearchRequest.Search search) {
        Caller caller = Callers.of(security);
        SubscriptionFilter filter = search.filter();
        if (search.externalCustomerId() != null) {
            try {
                var customer = customers.get(caller, new CustomerRef(null, search.externalCustomerId()));
                List<String> ids = new ArrayList<>(filter.customerIds());
                ids.add(customer.id().value());
                filter = filter.withCustomerIds(ids);
            } catch (NotFoundException unknown) {
                return ListResponse.from(new Page<Subscription>(List.of(), 0, search.page().limit(),
                        search.page().offset()), SubscriptionResponse::from);
            }
        }
        Page<Subscription> found = find.search(caller, filter, search.page());
        LineItemNames names = find.lineItemNames(caller, found.items());
        return ListResponse.from(found, s -> SubscriptionResponse.from(s, names));
    }

    private SubscriptionResponse named(Caller caller, Subscription subscription) {
        return SubscriptionResponse.from(subscription, names(caller, subscription));
    }

    private LineItemNames names(Caller caller, Subscription subscription) {
        return find.lineItemNames(caller, List.of(subscription));
    }

    /** FlexPrice's {@code dto.ListSubscriptionPausesResponse}. */
    public record PausesResponse(List<SubscriptionPauseResponse> items, int total) {
    }
}
