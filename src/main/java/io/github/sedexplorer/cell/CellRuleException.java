package io.github.sedexplorer.cell;

/** A cell that breaks a rule of its search space; {@link #rule()} names the rule. */
public class CellRuleException extends SedException {
    private static final long serialVersionUID = 1L;

    private final String rule;

    public CellRuleException(SearchSpace space, String rule, String detail) {
        super(space.displayName() + " rule \"" + rule + "\" broken: " + detail);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
