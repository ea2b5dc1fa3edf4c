import { Component, type ComponentChildren } from 'preact';
import { createLogger } from '../log';

const log = createLogger('ui');

interface ErrorBoundaryProps {
  /** Plain text shown in place of the page when rendering throws. */
  message: string;
  children: ComponentChildren;
}

interface ErrorBoundaryState {
  failed: boolean;
}

/** Shows a plain message instead of a blank page when a component throws while rendering. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(): ErrorBoundaryState {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    log.error('A page component failed to render', error);
  }

  override render() {
    if (this.state.failed) {
      return (
        <p class="page-error" role="alert">
          {this.props.message}
        </p>
      );
    }
    return this.props.children;
  }
}
