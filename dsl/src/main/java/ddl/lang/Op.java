package ddl.lang;

/**
 * The operator table shared by the parser, the printer and the translator: each operator's
 * canonical symbol, its precedence (higher binds tighter), its associativity and the name of the
 * runtime method it becomes ({@code a + b} is {@code Ops.add(a, b)}).
 *
 * <p>Precedence follows numpy/Python, lowest first: {@code or}; {@code and}; prefix {@code not};
 * comparisons; {@code |}; {@code &}; {@code + -}; {@code * / // % @}; prefix {@code - + ~}; {@code
 * **}. Comparisons do not associate: {@code a < b < c} is an error rather than Python's chain,
 * because on tensors a chain would hide an elementwise {@code and}. The logical operators {@code
 * and}, {@code or} short-circuit, so the translator must not evaluate their right operand eagerly.
 */
public enum Op {
  OR("or", 1, Assoc.LEFT, "logicalOr", false),
  AND("and", 2, Assoc.LEFT, "logicalAnd", false),
  NOT("not", 3, Assoc.RIGHT, "logicalNot", true),
  LT("<", 4, Assoc.NONE, "lt", false),
  LE("<=", 4, Assoc.NONE, "le", false),
  GT(">", 4, Assoc.NONE, "gt", false),
  GE(">=", 4, Assoc.NONE, "ge", false),
  EQ("==", 4, Assoc.NONE, "eq", false),
  NE("!=", 4, Assoc.NONE, "ne", false),
  BITOR("|", 5, Assoc.LEFT, "or", false),
  BITAND("&", 6, Assoc.LEFT, "and", false),
  ADD("+", 7, Assoc.LEFT, "add", false),
  SUB("-", 7, Assoc.LEFT, "sub", false),
  MUL("*", 8, Assoc.LEFT, "mul", false),
  DIV("/", 8, Assoc.LEFT, "div", false),
  FLOORDIV("//", 8, Assoc.LEFT, "floordiv", false),
  MOD("%", 8, Assoc.LEFT, "mod", false),
  MATMUL("@", 8, Assoc.LEFT, "matmul", false),
  NEG("-", 9, Assoc.RIGHT, "neg", true),
  POS("+", 9, Assoc.RIGHT, "pos", true),
  BITNOT("~", 9, Assoc.RIGHT, "not", true),
  POW("**", 10, Assoc.RIGHT, "pow", false);

  /** How operators of equal precedence group. */
  public enum Assoc {
    /** {@code a - b - c} is {@code (a - b) - c}. */
    LEFT,
    /** {@code a ** b ** c} is {@code a ** (b ** c)}. */
    RIGHT,
    /** {@code a < b < c} is an error. */
    NONE
  }

  /** Precedence of calls, indexing and member access, above every operator. */
  public static final int POSTFIX = 11;

  /** Precedence of literals, names and bracketed forms, which never need parentheses. */
  public static final int ATOM = 12;

  private final String symbol;
  private final int precedence;
  private final Assoc assoc;
  private final String method;
  private final boolean unary;

  Op(String symbol, int precedence, Assoc assoc, String method, boolean unary) {
    this.symbol = symbol;
    this.precedence = precedence;
    this.assoc = assoc;
    this.method = method;
    this.unary = unary;
  }

  /** The canonical spelling, as the printer writes it. */
  public String symbol() {
    return symbol;
  }

  /** Binding strength; higher binds tighter. */
  public int precedence() {
    return precedence;
  }

  /** How a chain of operators of this precedence groups. */
  public Assoc assoc() {
    return assoc;
  }

  /** The name of the runtime method the operator becomes. */
  public String method() {
    return method;
  }

  /** Whether this is a prefix operator. */
  public boolean isUnary() {
    return unary;
  }

  /** Whether this is {@code and}, {@code or} or {@code not}, which test truth, not elements. */
  public boolean isLogical() {
    return this == OR || this == AND || this == NOT;
  }

  /** Whether this is one of the six comparisons. */
  public boolean isComparison() {
    return precedence == 4;
  }

  /** The binary operator a token stands for, or null. */
  public static Op binary(TokenKind kind) {
    switch (kind) {
      case OR:
      case PIPEPIPE:
        return OR;
      case AND:
      case AMPAMP:
        return AND;
      case LT:
        return LT;
      case LE:
        return LE;
      case GT:
        return GT;
      case GE:
        return GE;
      case EQEQ:
        return EQ;
      case NE:
        return NE;
      case PIPE:
        return BITOR;
      case AMP:
        return BITAND;
      case PLUS:
        return ADD;
      case MINUS:
        return SUB;
      case STAR:
        return MUL;
      case SLASH:
        return DIV;
      case SLASHSLASH:
        return FLOORDIV;
      case PERCENT:
        return MOD;
      case AT:
        return MATMUL;
      case STARSTAR:
        return POW;
      default:
        return null;
    }
  }

  /** The operator of an augmented assignment token such as {@code +=}, or null. */
  public static Op augmented(TokenKind kind) {
    switch (kind) {
      case PLUS_ASSIGN:
        return ADD;
      case MINUS_ASSIGN:
        return SUB;
      case STAR_ASSIGN:
        return MUL;
      case SLASH_ASSIGN:
        return DIV;
      case SLASHSLASH_ASSIGN:
        return FLOORDIV;
      case PERCENT_ASSIGN:
        return MOD;
      case STARSTAR_ASSIGN:
        return POW;
      case AT_ASSIGN:
        return MATMUL;
      case AMP_ASSIGN:
        return BITAND;
      case PIPE_ASSIGN:
        return BITOR;
      default:
        return null;
    }
  }
}
