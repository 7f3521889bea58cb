package io.flexprice.adapters.http.coupon;

import io.flexprice.adapters.http.common.Callers;
import io.flexprice.adapters.http.common.ListResponse;
import io.flexprice.adapters.http.common.SuccessResponse;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.coupon.CouponId;
import io.flexprice.ports.in.coupon.FindCouponsQuery;
import io.flexprice.ports.in.coupon.ManageCouponsUseCase;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
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
import java.util.List;

/** FlexPrice's coupon endpoints under {@code /v1/coupons}. */
@Path("/v1/coupons")
@Produces(MediaType.APPLICATION_JSON)
public final class CouponsResource {

    static final String DELETED_MESSAGE = "coupon deleted successfully";

    private final ManageCouponsUseCase manage;
    private final FindCouponsQuery find;

    @Inject
    public CouponsResource(ManageCouponsUseCase manage, FindCouponsQuery find) {
        this.manage = manage;
        this.find = find;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = CouponResponse.class)))
    public Response create(@Context SecurityContext security, CreateCouponRequest request) {
        var created = manage.create(Callers.of(security), WireParser.requireBody(request).toCommand());
        return Response.status(Response.Status.CREATED).entity(CouponResponse.from(created)).build();
    }

    @GET
    @Path("/{id}")
    public CouponResponse get(@Context SecurityContext security, @PathParam("id") String id) {
        return CouponResponse.from(find.get(Callers.of(security), CouponId.of(id)));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CouponResponse update(@Context SecurityContext security, @PathParam("id") String id,
                                 UpdateCouponRequest request) {
        return CouponResponse.from(manage.update(Callers.of(security), CouponId.of(id),
                WireParser.requireBody(request).toCommand()));
    }

    /** 200 with a message, as FlexPrice's SDK reads it (a map of strings). */
    @DELETE
    @Path("/{id}")
    public SuccessResponse delete(@Context SecurityContext security, @PathParam("id") String id) {
        manage.delete(Callers.of(security), CouponId.of(id));
        return new SuccessResponse(DELETED_MESSAGE);
    }

    @POST
    @Path("/search")
    @Consumes(MediaType.APPLICATION_JSON)
    public ListResponse<CouponResponse> search(@Context SecurityContext security, CouponSearchRequest request) {
        return searchWith(security, (request == null ? CouponSearchRequest.ALL : request).toSearch());
    }

    @GET
    public ListResponse<CouponResponse> list(@Context SecurityContext security,
                                             @QueryParam("coupon_ids") List<String> couponIds,
                                             @QueryParam("status") String status,
                                             @QueryParam("limit") String limit,
                                             @QueryParam("offset") String offset,
                                             @QueryParam("order") String order) {
        return searchWith(security, CouponSearchRequest.fromQuery(couponIds, status, limit, offset, order));
    }

    private ListResponse<CouponResponse> searchWith(SecurityContext security, CouponSearchRequest.Search search) {
        return ListResponse.from(find.search(Callers.of(security), search.filter(), search.page()),
                CouponResponse::from);
    }
}
