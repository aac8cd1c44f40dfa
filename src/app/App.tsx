export function App() {
  return (
    <main>
      <h1>Training Loop Lab</h1>
      <p>Forward pass, loss, backpropagation, weight update — and repeat.</p>
    </main>
  );
}
