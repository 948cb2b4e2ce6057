import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const gateway = 'http://127.0.0.1:4000';

// Root is web/ (`vite build web`); the bundle goes to web/dist, which the gateway serves at /.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  server: {
    // `npm run dev:web` beside `npm start`: the API and demo sign-in stay same-origin for the session cookie.
    proxy: {
      '/graphql': { target: gateway, changeOrigin: false },
      '/auth': { target: gateway, changeOrigin: false },
    },
  },
});
