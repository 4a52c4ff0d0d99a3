/**
 * What one API request may ask of the database, decided once for REST and GraphQL. The README's
 * Security section states the same numbers.
 */
export const queryLimits = {
  /**
   * Documents in one list for anyone who is not an editor. A larger `limit`, `limit=0` and
   * `pagination=false` are all served this many, with the `limit` of the answer saying so.
   */
  listLimit: 100,
  /** Payload's own page size when a request names none. */
  defaultListLimit: 10,
  /**
   * Relationship population depth for every caller and every API (Payload's `maxDepth`, which
   * clamps). It is Payload's default depth, and neither our pages nor the admin ask for more.
   */
  populationDepth: 2,
  graphQL: {
    /** The estimated number of values a query may produce; see src/lib/graphql/queryCost.ts. */
    cost: 10_000,
    /** Levels of selection below the operation (introspection aside). */
    depth: 8,
    /** Field selections after fragments are expanded, aliases and fragment spreads each counted. */
    fields: 1_000,
    /** Tokens of the query text: parsing stops past them. */
    tokens: 10_000,
    /** Fields at the top of an operation: each is at least one database query of its own. */
    topLevelFields: 20,
  },
} as const
