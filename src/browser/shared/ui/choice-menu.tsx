import { DropdownMenu } from 'radix-ui';
import './header-control.css';
import './choice-menu.css';

export interface Choice<V extends string> {
  value: V;
  label: string;
  /** BCP 47 tag when the label is in another language than the page (language names). */
  lang?: string;
}

/**
 * A header-style picker: a button showing the current choice that opens a menu of radio items.
 * `triggerLabel` must contain the visible choice so the accessible name matches what is seen.
 * The menu is not modal and renders beside its trigger (no portal): the page stays readable
 * rather than hidden behind aria-hidden while it is open, and the menu belongs to the trigger's
 * landmark (the header) instead of floating outside every landmark.
 */
export function ChoiceMenu<V extends string>({
  title,
  triggerLabel,
  icon,
  value,
  choices,
  onChange,
}: {
  title: string;
  triggerLabel: string;
  icon?: string;
  value: V;
  choices: Choice<V>[];
  onChange: (value: V) => void;
}) {
  const current = choices.find((choice) => choice.value === value);
  const select = (selected: string) => {
    const choice = choices.find((candidate) => candidate.value === selected);
    if (choice) onChange(choice.value);
  };
  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger className="header-control" aria-label={triggerLabel}>
        {icon && <span aria-hidden="true">{icon}</span>}
        <span lang={current?.lang}>{current?.label}</span>
        <span className="choice-menu__caret" aria-hidden="true">
          ▾
        </span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Content className="choice-menu__content" align="end" sideOffset={4}>
        <DropdownMenu.Label className="choice-menu__title">{title}</DropdownMenu.Label>
        <DropdownMenu.RadioGroup value={value} onValueChange={select}>
          {choices.map((choice) => (
            <DropdownMenu.RadioItem
              key={choice.value}
              className="choice-menu__item"
              value={choice.value}
              lang={choice.lang}
            >
              <DropdownMenu.ItemIndicator className="choice-menu__check">
                ✓
              </DropdownMenu.ItemIndicator>
              {choice.label}
            </DropdownMenu.RadioItem>
          ))}
        </DropdownMenu.RadioGroup>
      </DropdownMenu.Content>
    </DropdownMenu.Root>
  );
}
