import {
  GraphQLBoolean,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  getIntrospectionQuery,
  parse,
  specifiedRules,
  validate,
} from 'graphql'
import { describe, expect, it } from 'vitest'
import { measureQuery, queryCostRule, sizeRefusals } from '@/lib/graphql/queryCost'
import { queryLimits } from '@/lib/http/queryLimits'

const fieldLimit = queryLimits.graphQL.fields
const tooManyFields = `This query selects more than ${fieldLimit} fields and fragments; the limit is ${fieldLimit}.`

// The shapes Payload gives a collection: a paginated list with `docs`, relationships weighted 10.
const relationship = { extensions: { complexity: 10 } }
const Media = new GraphQLObjectType({
  name: 'Media',
  fields: {
    url: { type: GraphQLString },
    sizes: {
      type: new GraphQLObjectType({
        name: 'Sizes',
        fields: { card: { type: new GraphQLObjectType({ name: 'Card', fields: { url: { type: GraphQLString } } }) } },
      }),
    },
  },
})
const Genre = new GraphQLObjectType({ name: 'Genre', fields: { name: { type: GraphQLString } } })
const Person = new GraphQLObjectType({
  name: 'Person',
  fields: { name: { type: GraphQLString }, profile: { type: Media, ...relationship } },
})
const Cast = new GraphQLObjectType({
  name: 'Movie_Cast',
  fields: { character: { type: GraphQLString }, person: { type: Person, ...relationship } },
})
const Movie: GraphQLObjectType = new GraphQLObjectType({
  name: 'Movie',
  fields: () => ({
    id: { type: new GraphQLNonNull(GraphQLInt) },
    title: { type: GraphQLString },
    poster: { type: Media, ...relationship },
    genres: { type: new GraphQLList(new GraphQLNonNull(Genre)), ...relationship },
    cast: { type: new GraphQLList(new GraphQLNonNull(Cast)) },
    related: { type: Movie, ...relationship },
  }),
})
const Movies = new GraphQLObjectType({
  name: 'Movies',
  fields: {
    docs: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(Movie))) },
    totalDocs: { type: GraphQLInt },
  },
})
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      Movie: { type: Movie, args: { id: { type: new GraphQLNonNull(GraphQLInt) } } },
      Movies: {
        type: Movies,
        args: { limit: { type: GraphQLInt }, page: { type: GraphQLInt }, pagination: { type: GraphQLBoolean } },
      },
    },
  }),
})

const measure = (query: string, variables: Record<string, unknown> = {}) =>
  measureQuery(schema, parse(query), variables)
const refusals = (query: string, variables: Record<string, unknown> = {}) =>
  validate(schema, parse(query), [...specifiedRules, queryCostRule(variables)]).map((error) => error.message)
const aliases = (count: number, selection: (i: number) => string) =>
  `query { ${Array.from({ length: count }, (_, i) => selection(i)).join(' ')} }`

describe('GraphQL query cost', () => {
  it('counts each list as its limit times its selection, a top-level field as 10 and a relationship as 10', () => {
    // Movies 10 + docs 1 + 20 × (id 1 + title 1 + poster 10 + url 1) = 271
    expect(measure('{ Movies(limit: 20) { docs { id title poster { url } } } }')).toMatchObject({
      cost: 271,
      depth: 4,
      topLevelFields: 1,
    })
  })

  it('counts Payload’s default of 10 with no limit, and the list limit for 0, pagination: false or more', () => {
    const cost = (args: string) => (measure(`{ Movies${args} { docs { id } } }`) as { cost: number }).cost
    expect(cost('')).toBe(10 + 1 + 10)
    expect(cost('(limit: 0)')).toBe(10 + 1 + queryLimits.listLimit)
    expect(cost('(limit: 5, pagination: false)')).toBe(10 + 1 + queryLimits.listLimit)
    expect(cost('(limit: 100000)')).toBe(10 + 1 + queryLimits.listLimit)
    expect(cost('(limit: -3)')).toBe(10 + 1 + queryLimits.listLimit)
  })

  it('reads the limit from variables, and from the operation’s default when the request leaves it out', () => {
    expect(measure('query ($n: Int) { Movies(limit: $n) { docs { id } } }', { n: 50 })).toMatchObject({ cost: 61 })
    expect(measure('query ($n: Int = 50) { Movies(limit: $n) { docs { id } } }')).toMatchObject({ cost: 61 })
    expect(measure('query ($n: Int = 50) { Movies(limit: $n) { docs { id } } }', { n: 2 })).toMatchObject({ cost: 13 })
  })

  it('counts a list without a limit (hasMany relationship, array) as 10, nested lists multiplying', () => {
    // Movie 10 + genres 10 + 10 × name 1 + cast 1 + 10 × (person 10 + name 1)
    expect(measure('{ Movie(id: 1) { genres { name } cast { person { name } } } }')).toMatchObject({
      cost: 10 + 10 + 10 + 1 + 110,
    })
    const nested = measure('{ Movies(limit: 100) { docs { cast { person { name } } } } }') as { cost: number }
    expect(nested.cost).toBe(10 + 1 + 100 * (1 + 10 * (10 + 1)))
  })

  it('counts every alias on its own, and fragments where they are spread', () => {
    const one = (measure('{ Movies(limit: 100) { docs { id title } } }') as { cost: number }).cost
    expect(
      measure('{ a: Movies(limit: 100) { docs { id title } } b: Movies(limit: 100) { docs { id title } } }'),
    ).toMatchObject({ cost: 2 * one })
    expect(
      measure(
        '{ a: Movies(limit: 100) { ...page } b: Movies(limit: 100) { ... on Movies { docs { id title } } } } ' +
          'fragment page on Movies { docs { id title } }',
      ),
    ).toMatchObject({
      cost: 2 * one,
    })
  })

  it('refuses the 240-alias request of issue 12 by its cost and its top-level fields, naming the limits', () => {
    const query = aliases(240, (i) => `a${i}: Movies(limit: 100) { docs { id title } }`)
    expect(refusals(query)).toEqual([
      `This query costs ${240 * (10 + 1 + 200)}; the limit is ${queryLimits.graphQL.cost}.`,
      `This query asks for 240 top-level fields; the limit is ${queryLimits.graphQL.topLevelFields}.`,
    ])
  })

  it('lets a site-like query through', () => {
    const query = `query Home($locale: Int) {
      Movies(limit: 20) { totalDocs docs { id title poster { url sizes { card { url } } } genres { name }
        cast { character person { name profile { sizes { card { url } } } } } } }
      featured: Movie(id: 1) { id title related { title } }
    }`
    expect(refusals(query).filter((message) => /limit is/.test(message))).toEqual([])
  })

  it('refuses a query nested deeper than the limit', () => {
    const depth = queryLimits.graphQL.depth
    const deep = `{ Movie(id: 1) { ${'related { '.repeat(depth)}id${' }'.repeat(depth)} } }`
    expect(refusals(deep)).toEqual([
      `This query nests ${queryLimits.graphQL.depth + 2} levels deep; the limit is ${queryLimits.graphQL.depth}.`,
    ])
  })

  it('stops counting at the field limit, so measuring a huge document stays cheap', () => {
    const titles = Array.from({ length: fieldLimit }, (_, i) => `t${i}: title`)
    const query = `{ Movie(id: 1) { ${titles.join(' ')} } }`
    expect(measure(query)).toBe('too many fields')
    expect(refusals(query)).toEqual([tooManyFields])
  })

  it('does not loop on a fragment cycle (graphql reports the cycle itself)', () => {
    const messages = refusals(
      '{ Movie(id: 1) { ...a } } fragment a on Movie { id ...b } fragment b on Movie { title ...a }',
    )
    expect(messages.some((message) => /Cannot spread fragment/.test(message))).toBe(true)
  })

  it('lets the standard introspection query through: it is answered from the schema in memory', () => {
    expect(refusals(getIntrospectionQuery())).toEqual([])
    expect(measure(getIntrospectionQuery())).toMatchObject({ cost: 0, depth: 0 })
  })
})

describe('GraphQL query size, told from the text alone', () => {
  it('refuses too many top-level fields, fields or tokens, naming the limit', () => {
    expect(sizeRefusals(aliases(240, (i) => `a${i}: Movies(limit: 100) { docs { id title } }`))).toEqual([
      `This query asks for 240 top-level fields; the limit is ${queryLimits.graphQL.topLevelFields}.`,
    ])
    expect(sizeRefusals(`{ Movie(id: 1) { ${'title '.repeat(queryLimits.graphQL.fields)}} }`)).toEqual([tooManyFields])
    expect(sizeRefusals(`{ Movie(id: 1) { ${'title '.repeat(queryLimits.graphQL.tokens)}} }`)).toEqual([
      `This query has more than ${queryLimits.graphQL.tokens} tokens; the limit is ${queryLimits.graphQL.tokens}.`,
    ])
    expect(sizeRefusals(`{ Movies(where: ${'['.repeat(queryLimits.graphQL.tokens - 10)}) { totalDocs } }`)).toEqual([
      'This query nests its brackets too deeply to be read.',
    ])
  })

  it('counts fields where fragments are spread, and lets an ordinary query and introspection through', () => {
    const spread = `{ Movie(id: 1) { ...a ...a } } fragment a on Movie { ${'title '.repeat(fieldLimit / 2)}}`
    expect(sizeRefusals(spread)).toEqual([tooManyFields])
    expect(sizeRefusals('{ Movies(limit: 20) { docs { id title } } }')).toEqual([])
    expect(sizeRefusals(getIntrospectionQuery())).toEqual([])
  })

  it('stops at once on fragments that only spread one another (as many paths as orderings)', () => {
    const names = Array.from({ length: 20 }, (_, i) => `f${i}`)
    const spreads = names.map((name) => `...${name}`).join(' ')
    const fragments = names.map((name) => `fragment ${name} on Movie { ${spreads} }`)
    const query = `{ Movie(id: 1) { ...f0 } } ${fragments.join(' ')}`
    const started = performance.now()
    expect(sizeRefusals(query)).toEqual([tooManyFields])
    expect(performance.now() - started).toBeLessThan(1_000)
  })

  it('leaves a query that does not parse to graphql, which names the syntax error', () => {
    expect(sizeRefusals('{ Movies { docs { id }')).toBeUndefined()
  })
})
