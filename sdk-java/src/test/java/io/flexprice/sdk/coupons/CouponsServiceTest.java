package io.flexprice.sdk.coupons;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.flexprice.sdk.support.Stubs.error;
import static io.flexprice.sdk.support.Stubs.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.flexprice.sdk.FlexpriceClient;
import io.flexprice.sdk.common.Page;
import io.flexprice.sdk.common.Status;
import io.flexprice.sdk.errors.FieldError;
import io.flexprice.sdk.errors.NotFoundException;
import io.flexprice.sdk.errors.ValidationException;
import io.flexprice.sdk.support.TestClients;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Coupons on the wire: amounts as decimal strings both ways, rules as any JSON object. */
class CouponsServiceTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String COUPON = """
            {"id": "coupon_1", "name": "Launch", "type": "fixed", "amount_off": "10.00", "currency": "usd",
             "cadence": "repeated", "duration_in_periods": 3, "max_redemptions": 100, "total_redemptions": 1,
             "redeem_after": "2026-01-01T00:00:00Z", "redeem_before": "2027-01-01T00:00:00Z",
             "rules": {"plans": ["pro"], "min_seats": 5}, "metadata": {"campaign": "launch"}, "status": "published"}""";

    private FlexpriceClient client() {
        return TestClients.against(server.baseUrl()).client();
    }

    @Test
    void aFixedCouponIsSentWithItsAmountAsAStringAndReadBackExactly() {
        server.stubFor(post("/v1/coupons").willReturn(json(201, COUPON)));

        Coupon coupon = client().coupons().create(CreateCouponParams.builder().name("Launch").type(CouponType.FIXED)
                .amountOff("10.00").currency("usd").cadence(CouponCadence.REPEATED).durationInPeriods(3)
                .maxRedemptions(100).redeemAfter(Instant.parse("2026-01-01T00:00:00Z"))
                .redeemBefore(Instant.parse("2027-01-01T00:00:00Z")).putRule("plans", List.of("pro"))
                .putRule("min_seats", 5).putMetadata("campaign", "launch").build());

        server.verify(postRequestedFor(urlEqualTo("/v1/coupons")).withRequestBody(equalToJson("""
                {"name": "Launch", "type": "fixed", "amount_off": "10.00", "currency": "usd", "cadence": "repeated",
                 "duration_in_periods": 3, "max_redemptions": 100, "redeem_after": "2026-01-01T00:00:00Z",
                 "redeem_before": "2027-01-01T00:00:00Z", "rules": {"plans": ["pro"], "min_seats": 5},
                 "metadata": {"campaign": "launch"}}""")));
        assertThat(coupon.amountOff()).isEqualTo(new BigDecimal("10.00"));
        assertThat(coupon.type()).isEqualTo(CouponType.FIXED);
        assertThat(coupon.cadence()).isEqualTo(CouponCadence.REPEATED);
        assertThat(coupon.totalRedemptions()).isEqualTo(1);
        assertThat(coupon.redeemBefore()).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
        assertThat(coupon.rules()).containsEntry("plans", List.of("pro"));
        assertThat(coupon.status()).isEqualTo(Status.PUBLISHED);
    }

    @Test
    void aPercentageCouponKeepsItsPercentageExactly() {
        server.stubFor(post("/v1/coupons").willReturn(json(201, """
                {"id": "coupon_2", "type": "percentage", "percentage_off": "12.5", "cadence": "forever"}""")));

        Coupon coupon = client().coupons().create(CreateCouponParams.builder().name("Friends")
                .type(CouponType.PERCENTAGE).percentageOff(new BigDecimal("12.5")).cadence(CouponCadence.FOREVER)
                .build());

        server.verify(postRequestedFor(urlEqualTo("/v1/coupons")).withRequestBody(equalToJson("""
                {"name": "Friends", "type": "percentage", "percentage_off": "12.5", "cadence": "forever"}""")));
        assertThat(coupon.percentageOff()).isEqualTo(new BigDecimal("12.5"));
        assertThat(coupon.amountOff()).isNull();
    }

    @Test
    void aCouponIsReadRenamedSearchedAndDeleted() {
        server.stubFor(get("/v1/coupons/coupon_1").willReturn(json(200, COUPON)));
        server.stubFor(put("/v1/coupons/coupon_1").willReturn(json(200, COUPON)));
        server.stubFor(post("/v1/coupons/search").willReturn(json(200, """
                {"items": [%s], "pagination": {"limit": 50, "offset": 0, "total": 1}}""".formatted(COUPON))));
        server.stubFor(delete("/v1/coupons/coupon_1").willReturn(json(200, "{\"message\": \"coupon deleted successfully\"}")));

        assertThat(client().coupons().get("coupon_1").name()).isEqualTo("Launch");
        client().coupons().update("coupon_1", UpdateCouponParams.builder().name("Launch 2026").build());
        Page<Coupon> page = client().coupons().list(CouponListParams.builder().addCouponId("coupon_1").build());
        client().coupons().delete("coupon_1");

        server.verify(putRequestedFor(urlEqualTo("/v1/coupons/coupon_1"))
                .withRequestBody(equalToJson("{\"name\": \"Launch 2026\"}")));
        server.verify(postRequestedFor(urlEqualTo("/v1/coupons/search"))
                .withRequestBody(equalToJson("{\"coupon_ids\": [\"coupon_1\"]}")));
        assertThat(page.items()).extracting(Coupon::id).containsExactly("coupon_1");
        server.verify(deleteRequestedFor(urlEqualTo("/v1/coupons/coupon_1")));
    }

    @Test
    void anInvalidCouponAndAnUnknownOneArriveAsTypedErrors() {
        server.stubFor(post("/v1/coupons").willReturn(json(400, """
                {"success": false, "error": {"message": "invalid request", "code": "request.invalid",
                 "details": [{"field": "percentage_off", "message": "must be between 0 and 100"},
                             {"field": "duration_in_periods", "message": "is required for a repeated coupon"}]}}""")));
        server.stubFor(get("/v1/coupons/coupon_nope").willReturn(error(404, "coupon.not_found", "coupon not found")));

        assertThatThrownBy(() -> client().coupons().create(CreateCouponParams.builder().name("Bad")
                .type(CouponType.PERCENTAGE).percentageOff("150").cadence(CouponCadence.REPEATED).build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.details())
                        .extracting(FieldError::field).containsExactly("percentage_off", "duration_in_periods"));
        assertThatThrownBy(() -> client().coupons().get("coupon_nope"))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("coupon.not_found"));
    }
}
