import { constName, header, quote, unionType, wrapped } from './format.mjs';
import { errorCodeOf, errorCodesOf, shapeOf } from './modelQueries.mjs';

/**
 * `src/generated/operations.ts`: the `OPERATIONS` schemas, the `MODELED_ERRORS` table, an
 * error-code union per operation and `OperationTypes`, which ties each operation's types
 * together so the client is typed once for all of them.
 */
export function renderOperationsFile(modelFile, model, operations, unsignedNames) {
  const schemas = operations.map((operation) =>
    renderOperationSchema(operation, errorCodesOf(model, operation), !unsignedNames.has(operation.name)),
  );
  const unions = operations.map(
    ({ name }, index) =>
      `/** Wire codes of the modeled errors of ${name}. @public */\n` +
      unionType(`${name}ErrorCode`, errorCodesOf(model, operations[index])),
  );
  const typeImports = operations.flatMap(({ input, output }) => [`  ${input.shape},`, `  ${output.shape},`]);
  return `${header(modelFile)}
import type { ErrorSchema, OperationSchema } from '../model/shapes.js';
import type { StsOperationName } from '../protocol/constants.js';
import * as shapes from './shapes.js';
import type {
${typeImports.join('\n')}
} from './types.js';

/**
 * Every operation of the model, by wire \`Action\`: what the serializer, the validator and the
 * reply parser need.
 *
 * @internal
 */
export const OPERATIONS = {
${schemas.join('\n')}
} as const satisfies Readonly<Record<StsOperationName, OperationSchema>>;

/**
 * Every modeled error by wire code (STS-API.md §6.1). Any operation may also return the
 * common, unmodeled errors (§6.2), such as \`Throttling\` or \`ExpiredToken\`.
 *
 * @internal
 */
export const MODELED_ERRORS = {
${renderModeledErrors(model, operations)}
} as const satisfies Readonly<Record<string, ErrorSchema>>;

/** @public */
export type ModeledErrorCode = keyof typeof MODELED_ERRORS;

${unions.join('\n\n')}

/**
 * Input, output and modeled error codes of each operation, so the client can be typed once
 * for all of them.
 *
 * @public
 */
export interface OperationTypes {
${operations.map(renderOperationTypes).join('\n')}
}
`;
}

function renderOperationSchema(operation, errorCodes, signed) {
  return `  ${operation.name}: {
    name: ${quote(operation.name)},
    input: shapes.${constName(operation.input.shape)},
    output: shapes.${constName(operation.output.shape)},
    resultWrapper: ${quote(operation.output.resultWrapper ?? `${operation.name}Result`)},
${wrapped('    errorCodes: ', ['[', ']'], errorCodes.map(quote), ',')}
    signed: ${signed},
  },`;
}

function renderOperationTypes({ name, input, output }) {
  return `  readonly ${name}: {
    readonly input: ${input.shape};
    readonly output: ${output.shape};
    readonly errorCode: ${name}ErrorCode;
  };`;
}

function renderModeledErrors(model, operations) {
  const refs = operations.flatMap((operation) => operation.errors ?? []);
  const errorsByCode = new Map(refs.map((ref) => [errorCodeOf(model, ref), shapeOf(model, ref.shape).error]));
  return [...errorsByCode.keys()]
    .sort()
    .map((code) => {
      const { httpStatusCode, senderFault } = errorsByCode.get(code);
      const fault = quote(senderFault ? 'Sender' : 'Receiver');
      return `  ${code}: { httpStatus: ${httpStatusCode}, fault: ${fault} },`;
    })
    .join('\n');
}
