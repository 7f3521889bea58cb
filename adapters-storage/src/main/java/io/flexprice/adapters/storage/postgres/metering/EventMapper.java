package io.flexprice.adapters.storage.postgres.metering;

import io.flexprice.domain.common.PageRequest;
import io.flexprice.ports.out.metering.EventFilter;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** The SQL of {@link PostgresEventStore}, in {@code EventMapper.xml}. */
interface EventMapper {

    /** Inserts the rows whose identity is new and returns the identities it stored. */
    List<EventKeyRow> insertNew(@Param("rows") List<EventRow> rows);

    EventRow findById(@Param("tenantId") String tenantId, @Param("environmentId") String environmentId,
                      @Param("id") String id);

    /** A page of the matching events, by timestamp then id in {@code order} (DESC: newest first). */
    List<EventRow> search(@Param("tenantId") String tenantId, @Param("environmentId") String environmentId,
                          @Param("filter") EventFilter filter, @Param("order") PageRequest.SortOrder order,
                          @Param("limit") int limit,
                          @Param("offset") int offset);

    long count(@Param("tenantId") String tenantId, @Param("environmentId") String environmentId,
               @Param("filter") EventFilter filter);

    /** The timestamp of the first matching event, or null if none matches. */
    Instant firstTimestamp(@Param("tenantId") String tenantId, @Param("environmentId") String environmentId,
                           @Param("filter") EventFilter filter);

    /** Every aggregation but LATEST: the row of the whole range first, then one per non-empty window. */
    List<UsageRow> aggregate(UsageParameters parameters);

    /**
     * LATEST: per non-empty window (or once, for the whole range, without windows) the number of its
     * last event that has one, or a null value if none has.
     */
    List<UsageRow> latest(UsageParameters parameters);
}
