import { useState } from 'react';
import { Input } from 'antd';
import { formatMoneyInput, parseMoney } from '../planning/money.ts';

interface Props {
  id: string;
  value: string;
  readOnly: boolean;
  onChange: (value: string) => void;
  invalidText: string;
}

/**
 * A Rupiah amount typed the Indonesian way ("1.250.000", "1.250.000,50") and handed on as
 * the API's exact string ("1250000.50") only when it reads as one; never a float.
 */
export function MoneyInput({ id, value, readOnly, onChange, invalidText }: Props) {
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
      <Input
        id={id}
        prefix="Rp"
        inputMode="decimal"
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
