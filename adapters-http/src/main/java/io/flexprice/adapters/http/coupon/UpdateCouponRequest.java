package io.flexprice.adapters.http.coupon;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.ports.in.coupon.UpdateCouponCommand;
import java.util.Map;

/** FlexPrice's {@code dto.UpdateCouponRequest}: absent fields keep their value. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record UpdateCouponRequest(String name, Map<String, String> metadata) {

    public UpdateCouponCommand toCommand() {
        return new UpdateCouponCommand(name, metadata);
    }
}
