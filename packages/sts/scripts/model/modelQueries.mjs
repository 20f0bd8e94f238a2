/** Questions the generators ask of a botocore service model (`service-2.json`). */

/** The model leaves `SessionToken` (shape `tokenType`) unmarked, but it is as secret as the key. */
const ALSO_SENSITIVE_SHAPES = new Set(['tokenType']);

export function shapeOf(model, name) {
  const shape = model.shapes[name];
  if (!shape) throw new Error(`generateModel: shape ${name} is not in the model`);
  return shape;
}

/** Shapes used by the operations' inputs and outputs, dependencies first (consts need that). */
export function reachableShapes(model, operations) {
  const ordered = [];
  const visit = (name) => {
    if (ordered.includes(name)) return;
    for (const child of childShapeNames(shapeOf(model, name))) visit(child);
    ordered.push(name);
  };
  for (const operation of operations) {
    visit(operation.input.shape);
    visit(operation.output.shape);
  }
  return ordered;
}

function childShapeNames(shape) {
  if (shape.type === 'structure') return Object.values(shape.members).map((member) => member.shape);
  if (shape.type === 'list') return [shape.member.shape];
  return [];
}

export function isSensitive(name, shape) {
  return shape.sensitive === true || ALSO_SENSITIVE_SHAPES.has(name);
}

/** The wire code of a modeled error: its `error.code`, which may differ from the shape name. */
export function errorCodeOf(model, errorRef) {
  return shapeOf(model, errorRef.shape).error?.code ?? errorRef.shape;
}

export function errorCodesOf(model, operation) {
  return (operation.errors ?? []).map((ref) => errorCodeOf(model, ref));
}

export function isUnsignedInModel(operation) {
  return operation.authtype === 'none' || (operation.auth ?? []).includes('smithy.api#noAuth');
}
