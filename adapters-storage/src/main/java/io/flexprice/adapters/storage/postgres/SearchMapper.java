package io.flexprice.adapters.storage.postgres;

/**
 * No statements: SearchMapper.xml holds the fragments every search includes to apply a search's
 * {@code filters} and {@code sort} ({@link SearchColumns.Sql}, passed as the parameter {@code conditions}).
 */
interface SearchMapper {
}
