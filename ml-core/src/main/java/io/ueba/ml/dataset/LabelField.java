package io.ueba.ml.dataset;

import io.ueba.ml.login.EcsFields;
import io.ueba.ml.login.EcsLoginDocument;
import io.ueba.ml.login.LoginLabel;

import java.util.Map;

/**
 * The ground truth of a login document, in the shapes labelled exports give it: our {@code label.attack} (with an
 * optional {@code label.scenario}), or {@code label} itself as 0/1/true/false. Anything else under {@code label} is
 * refused rather than read as unlabelled, since an evaluation of unlabelled logins looks like a result.
 */
final class LabelField {

    private static final String NAME = "label";

    private static final String WHERE_LABELS_GO = "a label is [" + NAME + "] as 0, 1, true or false, or an object with [" + EcsFields.LABEL_ATTACK
        + "] as one of those and an optional [" + EcsFields.LABEL_SCENARIO + "]";

    private LabelField() {}

    /**
     * @return the document's label, or null when it has none
     * @throws IllegalArgumentException saying where labels go, when {@code label} holds something else
     */
    static LoginLabel read(Map<String, ?> document) {
        Object label = document.get(NAME);
        Object attack = EcsLoginDocument.get(document, EcsFields.LABEL_ATTACK);
        if (label instanceof Map<?, ?> && attack == null) {
            throw new IllegalArgumentException("[" + NAME + "] has no [attack]: " + WHERE_LABELS_GO);
        }
        if (attack != null) {
            boolean isAttack = attack(EcsFields.LABEL_ATTACK, attack);
            Object scenario = EcsLoginDocument.get(document, EcsFields.LABEL_SCENARIO);
            if (scenario == null) {
                return LoginLabel.of(isAttack);
            }
            if (scenario instanceof String name) {
                return new LoginLabel(isAttack, name);
            }
            throw new IllegalArgumentException("[" + EcsFields.LABEL_SCENARIO + "] must be a string, got [" + scenario + "]");
        }
        return label == null ? null : LoginLabel.of(attack(NAME, label));
    }

    private static boolean attack(String field, Object value) {
        return switch (value) {
            case Boolean flag -> flag;
            case Number number when number.doubleValue() == 1 -> true;
            case Number number when number.doubleValue() == 0 -> false;
            case String text when text.equals("1") || text.equalsIgnoreCase("true") -> true;
            case String text when text.equals("0") || text.equalsIgnoreCase("false") -> false;
            default -> throw new IllegalArgumentException("[" + field + "] must be 0, 1, true or false, got [" + value + "]: " + WHERE_LABELS_GO);
        };
    }
}
