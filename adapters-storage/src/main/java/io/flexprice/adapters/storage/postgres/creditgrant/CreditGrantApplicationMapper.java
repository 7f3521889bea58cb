package io.flexprice.adapters.storage.postgres.creditgrant;

import io.flexprice.domain.tenancy.Scope;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** The SQL is in CreditGrantApplicationMapper.xml. */
interface CreditGrantApplicationMapper {

    int insertIfAbsent(CreditGrantApplicationRow row);

    int update(CreditGrantApplicationRow row);

    CreditGrantApplicationRow lock(@Param("scope") Scope scope, @Param("grantId") String grantId,
                                   @Param("subscriptionId") String subscriptionId,
                                   @Param("periodIndex") int periodIndex);

    CreditGrantApplicationRow findLatest(@Param("scope") Scope scope, @Param("grantId") String grantId,
                                         @Param("subscriptionId") String subscriptionId);

    List<CreditGrantApplicationRow> findBySubscription(@Param("scope") Scope scope,
                                                       @Param("subscriptionId") String subscriptionId);
}
