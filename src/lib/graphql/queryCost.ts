import {
  GraphQLError,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  parse,
  type ASTVisitor,
  type FieldNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
} from 'graphql'
import { queryLimits } from '../http/queryLimits'

type Limits = typeof queryLimits
type Variables = Readonly<Record<string, unknown>> | null | undefined

/** A list without a `limit` argument (a hasMany relationship, an array field) is assumed this long. */
const assumedListLength = 10
/** Each top-level field is at least one database query of its own. */
const topLevelFieldCost = 10

type QueryMeasure = { cost: number; depth: number; fields: number; topLevelFields: number }

/**
 * A validation rule that refuses, before anything runs, an operation whose estimated cost, depth,
 * number of fields or number of top-level fields is over its limit.
 *
 * Cost: every selected field (each alias on its own) costs 1 — relationship and upload fields the
 * weight Payload gives them (10), top-level fields 10 — times the length of every list above it. A
 * list is as long as its `limit` argument (Payload's default 10 when absent; 0, `pagination: false`
 * or more than the list limit count as the list limit, which is what a non-editor is served), and
 * a list without a `limit` argument counts as 10. Introspection (`__schema`, `__type`) is answered
 * from the schema in memory and is left to graphql's own MaxIntrospectionDepthRule.
 */
export function queryCostRule(variables: Variables, limits: Limits = queryLimits): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const fragments = (name: string) => context.getFragment(name) ?? undefined
      for (const message of overLimits(
        measureOperation(context.getSchema(), fragments, operation, variables, limits),
        limits,
      )) {
        context.reportError(new GraphQLError(message, { nodes: [operation] }))
      }
      return false
    },
  })
}

/**
 * The limits a document is over that can be told without the schema (its tokens, fields and
 * top-level fields), so that a flood of aliases is refused for the price of parsing it, before
 * graphql validates it field by field. Undefined when the query does not parse for another reason.
 */
export function sizeRefusals(query: string, limits: Limits = queryLimits): string[] | undefined {
  let document: DocumentNode
  try {
    document = parse(query, { maxTokens: limits.graphQL.tokens, noLocation: true })
  } catch (error) {
    // graphql 16 words it "more that"; a later version may mend the typo.
    if (error instanceof GraphQLError && /contains more tha[nt] \d+ tokens/.test(error.message)) {
      return [`This query has more than ${limits.graphQL.tokens} tokens; the limit is ${limits.graphQL.tokens}.`]
    }
    // graphql parses recursively: brackets nested thousands deep overflow the stack before the token limit.
    if ((error as { name?: unknown } | null)?.name === 'RangeError')
      return ['This query nests its brackets too deeply to be read.']
    return undefined
  }
  const fragments = new Map(
    document.definitions.flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : [],
    ),
  )
  return document.definitions.flatMap((definition) =>
    definition.kind === Kind.OPERATION_DEFINITION
      ? overLimits(
          measureSize((name) => fragments.get(name), definition, limits),
          limits,
        )
      : [],
  )
}

function overLimits(measure: Partial<QueryMeasure> | 'too many fields', limits: Limits): string[] {
  const { graphQL } = limits
  if (measure === 'too many fields')
    return [`This query selects more than ${graphQL.fields} fields and fragments; the limit is ${graphQL.fields}.`]
  const messages: string[] = []
  if (measure.cost !== undefined && measure.cost > graphQL.cost)
    messages.push(`This query costs ${measure.cost}; the limit is ${graphQL.cost}.`)
  if (measure.depth !== undefined && measure.depth > graphQL.depth)
    messages.push(`This query nests ${measure.depth} levels deep; the limit is ${graphQL.depth}.`)
  if (measure.topLevelFields !== undefined && measure.topLevelFields > graphQL.topLevelFields) {
    messages.push(
      `This query asks for ${measure.topLevelFields} top-level fields; the limit is ${graphQL.topLevelFields}.`,
    )
  }
  return messages
}

type Fragments = (name: string) => FragmentDefinitionNode | undefined

class TooManyFields extends Error {}

/**
 * Fields (each alias, fragments expanded where spread; the spreads count as fields) and top-level
 * fields of an operation, from the document alone. It stops past the field limit, so a hostile
 * document costs no more than that to measure, and the typed walk of measureOperation, which
 * visits no more, neither.
 */
function measureSize(
  fragments: Fragments,
  operation: OperationDefinitionNode,
  limits: Limits,
): { fields: number; topLevelFields: number } | 'too many fields' {
  const size = { fields: 0, topLevelFields: 0 }
  const visit = (selectionSet: SelectionSetNode, topLevel: boolean, path: ReadonlySet<string>) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        size.fields += 1
        if (size.fields > limits.graphQL.fields) throw new TooManyFields()
        if (topLevel && !selection.name.value.startsWith('__')) size.topLevelFields += 1
        if (selection.selectionSet) visit(selection.selectionSet, false, path)
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, topLevel, path)
      } else {
        // Spreads count too: fragments that only spread one another have as many paths as orderings.
        size.fields += 1
        if (size.fields > limits.graphQL.fields) throw new TooManyFields()
        const fragment = fragments(selection.name.value)
        // A cycle is refused by graphql's NoFragmentCyclesRule; here it must only not loop.
        if (fragment && !path.has(fragment.name.value))
          visit(fragment.selectionSet, topLevel, new Set([...path, fragment.name.value]))
      }
    }
  }
  try {
    visit(operation.selectionSet, true, new Set())
  } catch (error) {
    if (error instanceof TooManyFields) return 'too many fields'
    throw error
  }
  return size
}

type Scope = {
  weight: number
  depth: number
  pendingLimit?: number
  introspection: boolean
  fragments: ReadonlySet<string>
}

/** The operation's measure, or 'too many fields' without walking further. */
function measureOperation(
  schema: GraphQLSchema,
  fragments: Fragments,
  operation: OperationDefinitionNode,
  variables: Variables,
  limits: Limits = queryLimits,
): QueryMeasure | 'too many fields' {
  const size = measureSize(fragments, operation, limits)
  if (size === 'too many fields') return size
  // A variable the request leaves out takes the operation's default, and so does its limit.
  const defaults = Object.fromEntries(
    (operation.variableDefinitions ?? []).map((definition) => [
      definition.variable.name.value,
      argumentValue(definition.defaultValue, undefined),
    ]),
  )
  variables = { ...defaults, ...variables }
  const measure = { cost: 0, depth: 0 }

  const visitSelections = (parent: GraphQLCompositeType, selectionSet: SelectionSetNode, scope: Scope) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) visitField(parent, selection, scope)
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent
        if (isCompositeType(type)) visitSelections(type, selection.selectionSet, scope)
      } else {
        const name = selection.name.value
        const fragment = fragments(name)
        if (!fragment || scope.fragments.has(name)) continue
        const type = schema.getType(fragment.typeCondition.name.value)
        if (isCompositeType(type))
          visitSelections(type, fragment.selectionSet, { ...scope, fragments: new Set([...scope.fragments, name]) })
      }
    }
  }

  const visitField = (parent: GraphQLCompositeType, node: FieldNode, scope: Scope) => {
    const name = node.name.value
    const definition = fieldDefinition(schema, parent, name)
    // An unknown field is reported by graphql's FieldsOnCorrectTypeRule.
    if (!definition) return
    const introspection = scope.introspection || name.startsWith('__')
    if (!introspection) {
      measure.depth = Math.max(measure.depth, scope.depth)
      measure.cost += scope.weight * (scope.depth === 1 ? topLevelFieldCost : ownCost(definition))
    }
    if (!node.selectionSet) return
    const type = getNullableType(definition.type)
    const limit = listLimit(definition, node, variables, limits)
    const list = isListType(type)
    const length = list ? (scope.pendingLimit ?? limit ?? assumedListLength) : 1
    const named = getNamedType(definition.type)
    if (!isCompositeType(named)) return
    visitSelections(named, node.selectionSet, {
      weight: introspection ? scope.weight : scope.weight * length,
      depth: scope.depth + 1,
      // Payload's paginated answer ({ docs, totalDocs, ... }) carries the limit to its `docs` list.
      pendingLimit: list ? undefined : limit,
      introspection,
      fragments: scope.fragments,
    })
  }

  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType()
  if (root)
    visitSelections(root, operation.selectionSet, { weight: 1, depth: 1, introspection: false, fragments: new Set() })
  return { ...size, ...measure }
}

/** The measure of the document's first operation, for tests and for reasoning about budgets. */
export function measureQuery(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Variables = {},
  limits: Limits = queryLimits,
) {
  const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION)
  if (!operation) throw new Error('The document has no operation.')
  const fragments = (name: string) =>
    document.definitions.find(
      (definition): definition is FragmentDefinitionNode =>
        definition.kind === Kind.FRAGMENT_DEFINITION && definition.name.value === name,
    )
  return measureOperation(schema, fragments, operation, variables, limits)
}

function fieldDefinition(
  schema: GraphQLSchema,
  parent: GraphQLCompositeType,
  name: string,
): GraphQLField<unknown, unknown> | undefined {
  if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef
  if (parent === schema.getQueryType()) {
    if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef
    if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef
  }
  return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined
}

/** Payload weighs relationship, upload and join fields (a lookup each) through `extensions.complexity`. */
function ownCost(definition: GraphQLField<unknown, unknown>): number {
  const weight = (definition.extensions as { complexity?: unknown } | undefined)?.complexity
  return typeof weight === 'number' && weight > 0 ? weight : 1
}

/** How many documents a field with a `limit` argument can answer with; undefined for other fields. */
function listLimit(
  definition: GraphQLField<unknown, unknown>,
  node: FieldNode,
  variables: Variables,
  limits: Limits,
): number | undefined {
  if (!definition.args.some((arg) => arg.name === 'limit')) return undefined
  const argument = (name: string) =>
    argumentValue(node.arguments?.find((arg) => arg.name.value === name)?.value, variables)
  if (argument('pagination') === false) return limits.listLimit
  const limit = argument('limit')
  if (limit === undefined || limit === null) {
    // Payload's join fields return every document when no limit is given; collection lists page by 10.
    return definition.args.some((arg) => arg.name === 'pagination') ? limits.defaultListLimit : limits.listLimit
  }
  if (typeof limit !== 'number' || !Number.isFinite(limit) || limit <= 0) return limits.listLimit
  return Math.min(Math.ceil(limit), limits.listLimit)
}

function argumentValue(value: ValueNode | undefined, variables: Variables): unknown {
  if (!value) return undefined
  switch (value.kind) {
    case Kind.VARIABLE:
      return variables?.[value.name.value]
    case Kind.INT:
    case Kind.FLOAT:
      return Number(value.value)
    case Kind.BOOLEAN:
      return value.value
    case Kind.NULL:
      return null
    default:
      return Number.NaN
  }
}

/** Who is asking, from the context Payload gives GraphQL (`{ req }`); null for an anonymous caller. */
export const callerOf = (args: { contextValue?: unknown }): unknown =>
  (args.contextValue as { req?: { user?: unknown } } | undefined)?.req?.user ?? null
