package ddl.stdlib.autodiff;

/**
 * The derivative rule of one recorded operation: given the gradient of the result, the gradient of
 * each input (null for an input that is a constant). Gradients are Tensors, or values of an
 * enclosing tape when grad is nested, so that the rule itself is differentiated.
 */
@FunctionalInterface
interface Backward {
  Object[] apply(Object g);
}
