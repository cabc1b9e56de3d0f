import { render } from 'preact';

render(<main>WebEx Host Helper</main>, document.getElementById('app')!);
