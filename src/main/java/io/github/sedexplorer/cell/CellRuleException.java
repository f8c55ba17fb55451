package io.github.sedexplorer.cell;

/** A cell that breaks a rule of its search space; {@link #rule()} names the rule. */
public class CellRuleException extends SedException {
    private static final long serialVersionUID = 1L;

    private final transient SearchSpace space;
    private final String rule;
    private final String detail;

    public CellRuleException(SearchSpace space, String rule, String detail) {
        super(space.displayName() + " rule \"" + rule + "\" broken: " + detail);
        this.space = space;
        this.rule = rule;
        this.detail = detail;
    }

    public String rule() {
        return rule;
    }

    /** The rule-specific part of the message, without the space and rule prefix. */
    public String detail() {
        return detail;
    }

    /** The same broken rule, its message ending with where it was found (e.g. a JSON path or column). */
    public CellRuleException at(String where) {
        CellRuleException located = new CellRuleException(space, rule, detail + " (" + where + ")");
        located.initCause(this);
        return located;
    }
}
