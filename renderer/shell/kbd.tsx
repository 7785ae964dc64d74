/** A shortcut as keys to press; always left to right, also inside a Sorani sentence. */
export function Kbd({ chord }: { readonly chord: string }) {
  return (
    <kbd className="chord" dir="ltr">
      {chord}
    </kbd>
  );
}
