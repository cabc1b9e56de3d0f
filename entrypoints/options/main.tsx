import { render } from 'preact';
import '../../components/styles/base.css';
import { followThemeSetting } from '../../lib/theme';
import { OptionsApp } from './OptionsApp';

followThemeSetting(document.documentElement);
render(<OptionsApp />, document.getElementById('app')!);
