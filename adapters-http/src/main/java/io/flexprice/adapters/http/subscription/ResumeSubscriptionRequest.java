package io.flexprice.adapters.http.subscription;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Map;

/** FlexPrice's {@code dto.ResumeSubscriptionRequest}; only {@code immediate} resumes (a pause with an end resumes by itself). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ResumeSubscriptionRequest(String resumeMode, Map<String, String> metadata, Boolean dryRun) {
}
