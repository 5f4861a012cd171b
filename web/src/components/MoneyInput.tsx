import { useState } from 'react';
import { Input, type InputProps } from 'antd';
import { formatMoneyInput, parseMoney } from './money.ts';

/**
 * A Rupiah amount typed the Indonesian way ("1.250.000" or "1.250.000,50") and kept as text:
 * inside an antd Form, the form's rules read it and the submit turns it into the API's string.
 */
export function MoneyInput(props: Omit<InputProps, 'prefix'>) {
  return <Input prefix="Rp" inputMode="decimal" autoComplete="off" {...props} />;
}

interface ExactProps {
  id: string;
  /** The API's exact string ("1250000.50"). */
  value: string;
  readOnly: boolean;
  onChange: (value: string) => void;
  invalidText: string;
}

/**
 * The same input outside a Form (an autosaved document): it hands on the API's exact string
 * only when the text reads as one, never a float, and says so under itself when it does not.
 */
export function ExactMoneyInput({ id, value, readOnly, onChange, invalidText }: ExactProps) {
  const [text, setText] = useState(() => formatMoneyInput(value));
  const [seen, setSeen] = useState(value);
  const parsed = parseMoney(text);
  // A new value from outside (a redraft, a reload) replaces what is shown, unless it is what was typed.
  if (value !== seen) {
    setSeen(value);
    if (!parsed.ok || parsed.value !== value) setText(formatMoneyInput(value));
  }
  const invalid = !parsed.ok;
  return (
    <>
      <MoneyInput
        id={id}
        style={{ width: 220, textAlign: 'right' }}
        value={text}
        readOnly={readOnly}
        status={invalid ? 'error' : undefined}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onChange={(e) => {
          setText(e.target.value);
          const next = parseMoney(e.target.value);
          if (next.ok && next.value !== value) {
            setSeen(next.value);
            onChange(next.value);
          }
        }}
        onBlur={() => {
          if (parsed.ok) setText(formatMoneyInput(parsed.value));
        }}
      />
      {invalid && (
        <div id={`${id}-error`} role="alert" style={{ color: '#ff4d4f', fontSize: 12 }}>
          {invalidText}
        </div>
      )}
    </>
  );
}
